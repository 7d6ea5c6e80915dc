from odoo import fields, models
from odoo.exceptions import UserError


class HelpdeskTicket(models.Model):
    """What the case's papers carry beyond the intake: the service request (表3 售后服务申请单) and the repair
    notice to the station (表4 售后维修通知单)."""

    _inherit = "helpdesk.ticket"

    fault_analysis = fields.Text(
        help="What the after-sales staff found the problem to be (问题分析); printed on the service request and "
        "the repair notice."
    )
    repair_instructions = fields.Text(
        help="What the service station is asked to do (维修内容); printed on the repair notice."
    )

    def _aftersales_check_printable(self, report_name):
        """A repair notice (维修通知单) is an order to a service station: a case that names no station would
        print an order addressed to nobody."""
        if report_name != "aftersales_helpdesk.report_repair_notice":
            return
        for ticket in self:
            if not ticket.station_id:
                raise UserError(
                    self.env._(
                        "%(case)s has no service station: the repair notice is issued to the station that "
                        "repairs the vehicle. Set the case's station first.",
                        case=ticket.number or ticket.name,
                    )
                )
