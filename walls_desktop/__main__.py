from walls_desktop.app import main

raise SystemExit(main())
