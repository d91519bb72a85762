from fairtrial._cli import main

raise SystemExit(main())
