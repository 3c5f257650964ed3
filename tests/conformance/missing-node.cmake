# conformance_sdk in CI on a machine without node/npm: fail, and say why.
message(FATAL_ERROR "conformance_sdk cannot run: node and npm were not found when the build was "
                    "configured. Install them (packaging/install-deps.sh) and configure again.")
