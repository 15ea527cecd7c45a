printf 'rel\tok\tTARGETED\tactor:apt28\tinst:x\t\t0.9\t0\t19\tattacked\tev\t1\n' >in.tsv
incidents  in.tsv
