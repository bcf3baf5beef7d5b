# Titlecase letters (category Lt, e.g. 'ǅ') and the final sigma in the case methods.
for s in ['ǅ','ǅa','Ǆa','ǅA','aǅ','ǆ', 'ǅǅ', 'Aǅ', 'ǅ1', 'A ǅ', 'ǈx Ǉx', 'ᾈ', 'ᾀ x', 'ß', 'ŉ', 'Σ', 'ΑΣ', 'ΑΣ Β', 'ﬁx', 'Aǅ B', 'HELLO ǅ']:
    print(repr(s), s.istitle(), s.title(), s.capitalize(), s.swapcase(), s.upper(), s.lower(), s.isupper(), s.islower(), s.casefold())
for s in ["ΣΑΣ ΣΑΣ.", "ὈΔΥΣΣΕΎΣ", "aΣ'b", "İΣ", "ΣΣ", "xΣ", "AΣ́", "AΣ.b"]:
    print(repr(s), s.title(), s.capitalize(), s.swapcase(), s.lower())
