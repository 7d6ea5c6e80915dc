# Extensions first: the SQL views of the reports read their new columns.
from . import helpdesk_ticket_stage
from . import survey_user_input

# isort: split
from . import aftersales_callback
from . import aftersales_callback_rule
from . import aftersales_callback_rule_events

# isort: split
# The reports' SQL views read the callbacks' and the rules' columns: their tables come first.
from . import aftersales_callback_answer_report
from . import aftersales_callback_report
from . import aftersales_dashboard
from . import helpdesk_ticket
from . import res_company
from . import res_config_settings
from . import res_partner
