// The translation catalogue (.qm resources) is attached to this otherwise empty library.
