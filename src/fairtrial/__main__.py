from fairtrial.cli._cli import main

raise SystemExit(main())
