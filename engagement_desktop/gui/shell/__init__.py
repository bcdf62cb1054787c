"""The main window and what frames it: startup page, menus and actions, workspaces, status bar, banners, preferences and plugins dialogs."""
