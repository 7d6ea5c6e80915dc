from . import rma_delivery_wizard
