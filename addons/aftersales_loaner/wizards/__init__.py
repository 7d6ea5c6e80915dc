from . import aftersales_loaner_lend
