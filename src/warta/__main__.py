from warta.cli.app import main

main()
