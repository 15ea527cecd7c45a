printf 'hi \355\240\200 lo \355\277\277 pair \355\240\275\355\270\200 .\n' | normalize
