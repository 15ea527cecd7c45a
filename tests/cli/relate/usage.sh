# an unknown option is a usage error (2); --help and --version exit 0
relate --help | grep -q -- '--table' || exit 9
relate --version | grep -q '^relate ' || exit 9
relate --bogus
