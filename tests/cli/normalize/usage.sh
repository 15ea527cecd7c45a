# --help on standard output (exit 0), --version, unknown option -> exit 2
normalize --help | head -1
normalize --version | sed "s/[0-9][0-9.]*/N/"
normalize --bogus; echo "bogus: $?"
normalize --format xml; echo "format: $?"
normalize --lang de; echo "lang: $?"
normalize --format; echo "missing: $?"
