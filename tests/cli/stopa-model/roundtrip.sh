# compile, dump gives the rows back, info counts them
printf '#id\ttype\tcanonical\talias\tlang\tflags\nactor:apt28\tACTOR\tAPT28\tAPT28\tany\t-\nactor:apt28\tACTOR\tAPT28\tFancy Bear\tany\tcase\nstate:cz\tSTATE\tCzechia\tČesko\tcs\tnofold,ambig\n' >g.tsv
stopa-model compile -o m.model g.tsv && stopa-model dump m.model && stopa-model info m.model | grep -E '^(entities|aliases|  ACTOR|  STATE)'
