import sys
from pathlib import Path

# samples.py and pdfcheck.py are helpers beside the tests, imported by plain name
sys.path.insert(0, str(Path(__file__).parent))
