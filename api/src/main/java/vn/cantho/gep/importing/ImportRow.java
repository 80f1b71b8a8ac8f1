package vn.cantho.gep.importing;

/** A value of an import and where it stands in the request (see {@link ImportFormat}). */
public record ImportRow(int position, ImportValue value) {}
