package app.tandem.base.io;

/** The file formats that imports read and exports write. */
public enum TabularFormat {
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    TabularFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without the dot, e.g. for the download's file name. */
    public String extension() {
        return extension;
    }

    /** The media type for the download. */
    public String mediaType() {
        return mediaType;
    }
}
