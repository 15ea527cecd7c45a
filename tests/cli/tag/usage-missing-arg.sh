tag -g
