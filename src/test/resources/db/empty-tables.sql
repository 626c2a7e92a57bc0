-- Run before every service test: empty tables (audit history stays; ids never repeat). Add new tables here,
-- children before their parents.
DELETE FROM compliance_run;
DELETE FROM compliance_schedule;
DELETE FROM compliance_item_option;
DELETE FROM compliance_item;
DELETE FROM compliance_section;
DELETE FROM compliance_template_version;
DELETE FROM compliance_template;
DELETE FROM compliance_category;
DELETE FROM improvement_log;
DELETE FROM improvement_impact;
DELETE FROM improvement_action;
DELETE FROM improvement_why;
DELETE FROM improvement_item;
DELETE FROM improvement_area;
DELETE FROM activity;
DELETE FROM deal_stage_change;
DELETE FROM deal_contact;
DELETE FROM deal;
DELETE FROM contact;
DELETE FROM account;
UPDATE team SET supervisor_id = NULL;
UPDATE app_user SET team_id = NULL;
DELETE FROM app_user_role;
DELETE FROM app_user;
DELETE FROM team;
