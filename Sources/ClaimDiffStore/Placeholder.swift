import GRDB
public enum Placeholder2 {}
