tag --bogus
