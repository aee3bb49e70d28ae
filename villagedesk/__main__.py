import sys

from villagedesk.cli import main

sys.exit(main())
