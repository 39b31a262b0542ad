# Read by cpack for each generator: which components each package type holds.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_COMPONENTS_ALL station session authoring intake intakeunit)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    # Each package's description starts with its own summary line, not the project's.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
elseif(CPACK_GENERATOR STREQUAL "TGZ")
    # One archive of the programs, the demo banks and the launcher; no system paths (units, the
    # session), which mean nothing in a folder that can be anywhere.
    set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
    set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
    set(CPACK_COMPONENTS_ALL station authoring intake portable)
    set(CPACK_PACKAGING_INSTALL_PREFIX /)
endif()
