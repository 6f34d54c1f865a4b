fn main() -> std::process::ExitCode {
    match nuage::cli::parse() {
        Ok(args) => nuage::cli::run(args),
        Err(code) => code,
    }
}
