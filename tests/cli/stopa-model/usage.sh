stopa-model frobnicate
