-- The search column holds the folded number, type, title and issuer. Folding decomposes text, and a Hangul
-- syllable becomes up to three letters, so a 1000-character title alone may fold to 3000 characters:
-- 4000 holds the longest the form allows (number 60, type name, title 1000 × 3, issuer 255 × 3).
alter table legal_document alter column search_text set data type varchar(4000);
