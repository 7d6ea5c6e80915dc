from . import test_rma_in_chinese
