import sys
from pathlib import Path

# slip_samples.py and slip_pdfcheck.py are helpers beside the tests, imported by plain name
sys.path.insert(0, str(Path(__file__).parent))
