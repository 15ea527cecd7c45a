tag --help | grep -q '^Usage: tag' && tag --version | grep -q '^tag [0-9]'
