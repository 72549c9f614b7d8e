-- Issue 16: a unit's code, name and short name folded for searching (web.SearchText.fold: lower case, no diacritics,
-- đ → d), kept by the Unit entity whenever they change, so that the completeness board and the catalogue search a
-- column instead of folding every unit's text in every query (1.26 s for the board at national scale).
-- Folding decomposes (a Hangul syllable becomes three letters): (32 + 255 + 100) × 3 + 2 spaces fits in 1200.
alter table unit add column search_text varchar(1200) default '' not null;

-- Existing units, folded in SQL (PostgreSQL and H2 have translate, neither has unaccent by default): the letters of
-- the Vietnamese alphabet, capitals and lower case, each replaced by what SearchText.fold makes of it (checked by
-- UnitSearchTextMigrationTest). A unit whose text has other accented letters is folded exactly at its next save.
update unit set search_text = translate(code || ' ' || name || coalesce(' ' || short_name, ''),
    'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆFGHIÌÍỈĨỊJKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVWXYỲÝỶỸỴZ',
    'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyaaaaaaaaaaaaaaaaaabcddeeeeeeeeeeeefghiiiiiijklmnoooooooooooooooooopqrstuuuuuuuuuuuuvwxyyyyyyz');
