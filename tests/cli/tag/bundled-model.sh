# the model built from models/ is found without options; an empty input
# gives an empty output
tag </dev/null && printf 'doc\td1\ten\t\t\tAnalysts said Sandworm hit Ukraine.\n' | tag --table
