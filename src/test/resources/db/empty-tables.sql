-- Run before every service test: empty tables (audit history stays; ids never repeat). Add new tables here.
UPDATE team SET supervisor_id = NULL;
UPDATE app_user SET team_id = NULL;
DELETE FROM app_user_role;
DELETE FROM app_user;
DELETE FROM team;
