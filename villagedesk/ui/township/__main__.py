from villagedesk.ui.township.app import main

raise SystemExit(main())
