from . import fee_schedule
