# date forms become ISO 8601; what is not understood is left empty with a warning
for d in "2024-05-03" "2024-05-03T10:00:00Z" "03.05.2024" "3. 5. 2024" "3. května 2024" "3. kvetna 2024" "1. leden 2024" "May 3, 2024" "3 May 2024" "Friday, 3 May 2024" "Fri, 03 May 2024 10:00:00 +0200" "2024-02-30" "yesterday" ""; do
  printf "{\"text\": \"x\", \"date\": \"%s\"}\n" "$d"
done >d.jsonl
normalize -f jsonl d.jsonl | cut -f2,4
