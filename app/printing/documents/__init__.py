"""One module per paper: each turns a job into blocks (or, for labels, hand-laid pages)."""
