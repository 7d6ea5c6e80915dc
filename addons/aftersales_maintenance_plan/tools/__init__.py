from . import maintenance_schedule
