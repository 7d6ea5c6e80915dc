from . import loaner
