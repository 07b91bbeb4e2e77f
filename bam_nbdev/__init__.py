__version__ = "0.1.0"

# The lesson's module `bam` imports nothing from the package; these two add to its registries (FORMS, CONV_FORMS,
# FLAVORS, KEY_MAPS) when imported, so that `BAM(flavor="released")`, `BAM(impl="fused")` and released checkpoints
# work wherever the package is used.
from . import fast_bam, released  # noqa: F401
