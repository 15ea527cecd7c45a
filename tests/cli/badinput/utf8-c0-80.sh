printf 'NUL as C0 80: \300\200 end\n' | normalize
