from . import aftersales_warranty_override
