-- DEMO DATA ONLY (default and 'demo' profiles). Password of every demo account: KonTum@2015
insert into app_user (username, password_hash, full_name, email, role, unit_id, enabled) values
('admin',   '{bcrypt}$2a$10$rPrYJBBb5Vvo8rILbuZWd.HiOzjcm/eqVLRxAWebZPmfhJqVKwVae', 'Quản trị hệ thống',        'admin@example.invalid',   'ADMIN',    null, true),
('itstaff', '{bcrypt}$2a$10$rPrYJBBb5Vvo8rILbuZWd.HiOzjcm/eqVLRxAWebZPmfhJqVKwVae', 'Nguyễn Văn Tin (Sở TT&TT)', 'itstaff@example.invalid', 'IT_STAFF', null, true),
('leader',  '{bcrypt}$2a$10$rPrYJBBb5Vvo8rILbuZWd.HiOzjcm/eqVLRxAWebZPmfhJqVKwVae', 'Lãnh đạo UBND tỉnh',       'leader@example.invalid',  'LEADER',   null, true);
