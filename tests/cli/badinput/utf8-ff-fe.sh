printf '\377\376BOM-ish \377 x\n' | normalize
