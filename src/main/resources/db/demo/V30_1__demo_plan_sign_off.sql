-- DEMO DATA ONLY. In the demo a leader signs a draft off before IT staff may issue it.
update plan_setting set sign_off_required = true where id = 1;
