printf 'two \303 three \342\202 four \360\237\230 end \342' | normalize
