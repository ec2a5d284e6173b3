"""The two gates for untrusted input: what may leave the machine (``egress``) and what a
model's answer may write into code or show to the user (``vetting``, ``text``).

Nothing else in postil builds an outbound request body or applies model output."""
