# the window decides: 40 days joins NoName057(16)'s May and June attacks
# (34 days apart), 0 days still joins the reports of the same day
incidents --window 40 "$CASES/../../incidents/story.tsv" | grep -c noname057
incidents --window 0 "$CASES/../../incidents/story.tsv" | grep noname057 | cut -f2,6,7,11
incidents -w 33 "$CASES/../../incidents/story.tsv" | grep -c noname057
