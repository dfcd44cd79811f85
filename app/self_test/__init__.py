"""`tamirgah self-test`: what support asks a shop to run first. It looks at the database, the
fonts, every paper, the message texts, the SMS gateway and the printers, changes nothing, and
says what it found in the user's language."""
