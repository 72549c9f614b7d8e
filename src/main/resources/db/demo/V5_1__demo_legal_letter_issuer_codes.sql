-- DEMO DATA ONLY. The parser (LegalNumberParser) reads a công văn's number 2016/BTTTT-THH as issuer code BTTTT
-- with drafting sub-unit THH, and the application stores the issuer code alone. V3_1 stored the whole
-- "BTTTT-THH" for the demo letters; this puts them in line with documents saved through the application.
update legal_document set issuer_code = 'BTTTT' where doc_type = 'CONG_VAN' and number in ('2016/BTTTT-THH', '2634/BTTTT-THH', '3601/BTTTT-ƯDCNTT');
update legal_document set issuer_code = 'VP' where doc_type = 'CONG_VAN' and number = '1635/VP-VX';
update legal_document set issuer_code = 'UBND' where doc_type = 'CONG_VAN' and number in ('1117/UBND-VX', '1475/UBND-VX');
